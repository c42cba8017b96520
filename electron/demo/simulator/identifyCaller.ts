import type { DecisionInput } from '../../../shared/domain/authorisation';
import type { ParsedRequest } from './hl7/readRequest';
import { readUziCertificate } from '../../services/identity';
import { demoIdentities } from '../identities';
import { consultingRegions } from '../sources/catalogue';

type SystemCheck = { ok: true; ura: string } | { ok: false; reason: string; ura: string | null };
const seenCertificates = new Map<string, SystemCheck>();

/** The UZI server identity of a TLS client certificate, cached per certificate (it is the same on every request). */
function systemOf(der: Uint8Array): SystemCheck {
  const key = Buffer.from(der).toString('base64');
  const cached = seenCertificates.get(key);
  if (cached) return cached;
  let check: SystemCheck;
  try {
    const cert = readUziCertificate(der);
    check =
      cert.identity.passType === 'server'
        ? { ok: true, ura: cert.identity.ura }
        : {
            ok: false,
            reason: 'the TLS certificate is not a UZI server certificate',
            ura: cert.identity.ura,
          };
  } catch (error) {
    check = {
      ok: false,
      reason: `unreadable UZI certificate: ${(error as Error).message}`,
      ura: null,
    };
  }
  if (seenCertificates.size > 1000) seenCertificates.clear();
  seenCertificates.set(key, check);
  return check;
}

/** Who is asking, as the ZIM establishes it: the system (TLS), the person and the responsible one. */
export type Caller =
  | {
      ok: true;
      actor: DecisionInput['actor'];
      overseer: DecisionInput['overseer'];
      systemUra: string;
      organisationUra: string;
    }
  | {
      ok: false;
      reason: string;
      systemUra: string | null;
      /** The AORTA detail the refusal carries (default: unknown sender). */
      detail?: { code: string; text: string };
    };

/**
 * The system is the UZI server certificate of the TLS connection (already verified against the
 * trust anchor by the TLS layer); its URA must be the organisation in the ControlActProcess. The
 * person is the author's UZI number, which the simulated LSP knows from the demo identities
 * (pass type and workplace); the role is the one the message carries, and must be the role the
 * LSP knows. The overseer counts only when it is someone else than the author.
 */
export function identifyCaller(peerCertificate: Uint8Array | null, request: ParsedRequest): Caller {
  if (!peerCertificate) return { ok: false, reason: 'no client certificate', systemUra: null };
  const system = systemOf(peerCertificate);
  if (!system.ok) return { ok: false, reason: system.reason, systemUra: system.ura };
  const systemUra = system.ura;
  const organisationUra = request.author.organisation.ura;
  if (organisationUra !== systemUra) {
    return {
      ok: false,
      reason: `author organisation ${organisationUra ?? '?'} is not the system's organisation ${systemUra}`,
      systemUra,
    };
  }
  if (request.overseer.organisation.ura !== organisationUra) {
    return { ok: false, reason: "the overseer's organisation is not the author's", systemUra };
  }
  const known = demoIdentities.find((i) => i.person.uziNumber === request.author.uzi);
  if (!known || known.organisation.ura !== organisationUra) {
    return {
      ok: false,
      reason: `UZI ${request.author.uzi} is not known at this organisation`,
      systemUra,
    };
  }
  const role = request.author.role ?? '00.000';
  if (role !== known.person.roleCode) {
    return {
      ok: false,
      reason: `role ${role} is not the role registered for UZI ${request.author.uzi}`,
      systemUra,
    };
  }
  const actingAlone = request.overseer.uzi === request.author.uzi;
  return {
    ok: true,
    systemUra,
    organisationUra,
    actor: {
      role,
      passType: known.person.passType,
      setting: known.setting,
      regions: consultingRegions.find((r) => r.ura === organisationUra)?.regions ?? [],
    },
    overseer: actingAlone || !request.overseer.role ? null : { role: request.overseer.role },
  };
}
