import type { PatientContext } from '../../../../shared/api/patientSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { ageInYears, formatDate } from '../../components/format';
import { formatBsn } from './bsnCheck';
import type { AllergyState } from '../../components/allergyState';
import { patientMessages } from './messages';
import './patient.css';
import { Icon, type IconName } from '../../components/Icon';

const allergyIcon: Record<AllergyState['form'], IconName> = {
  known: 'warning',
  'none-known': 'check',
  'not-recorded': 'circle',
  unavailable: 'question',
};

/**
 * Who this is, in the fixed order (domain.md §11): FAMILY NAME in capitals, given name; birth date
 * with age; sex; BSN (labelled); own GP practice; then the allergy state in one of four forms.
 */
export function PatientBanner({
  context,
  allergy,
  onClose,
  onPrint,
}: {
  context: PatientContext;
  allergy: AllergyState;
  onClose?: () => void;
  /** Prints the overview (logged first); absent when there is nothing the person may see. */
  onPrint?: () => void;
}) {
  const t = useFeatureMessages(patientMessages);
  const p = context.patient;
  const age = ageInYears(p?.birthDate);
  const family = p?.family ? p.family.toLocaleUpperCase('nl-NL') : null;
  return (
    <section className="banner" data-testid="patient-banner" aria-label={t('banner.label')}>
      <h2 className="banner__name" data-testid="banner-name">
        {family || p?.given ? (
          <>
            {p?.prefix && <span className="banner__prefix">{p.prefix} </span>}
            <span className="banner__family">{family ?? t('banner.unknown')}</span>
            {p?.given && <span className="banner__given">, {p.given}</span>}
          </>
        ) : (
          t('banner.noIdentity')
        )}
      </h2>
      <dl className="banner__facts">
        <div>
          <dt>{t('banner.born')}</dt>
          <dd className="num" data-testid="banner-born">
            {formatDate(p?.birthDate) ?? t('banner.unknown')}
            {age !== null && ` (${t('banner.age', { n: String(age) })})`}
          </dd>
        </div>
        <div>
          <dt>{t('banner.sex')}</dt>
          <dd>{t(`sex.${p?.gender ?? 'unknown'}`)}</dd>
        </div>
        <div>
          <dt>{t('banner.bsn')}</dt>
          <dd className="num" data-testid="banner-bsn">
            {formatBsn(context.bsn)}
          </dd>
        </div>
        <div>
          <dt>{t('banner.gp')}</dt>
          <dd>{context.ownGp?.name ?? context.ownGp?.ura ?? t('banner.unknownGp')}</dd>
        </div>
      </dl>
      <div
        className={`allergy allergy--${allergy.form}`}
        data-testid="allergy-state"
        data-form={allergy.form}
      >
        <span className="allergy__label">{t('allergy.label')}:</span>{' '}
        <strong>
          <Icon name={allergyIcon[allergy.form]} />
          {t(`allergy.${allergy.form}`)}
        </strong>
        {allergy.form === 'known' && (
          <span className="allergy__items">
            {': '}
            {allergy.items.map((c) => c.display ?? c.agent?.display ?? c.code).join('; ')}
          </span>
        )}
        <span className="allergy__note">
          {allergy.form === 'none-known' && ` — ${t('allergy.noneKnownNote')}`}
          {allergy.form === 'not-recorded' && ` — ${t('allergy.notRecordedNote')}`}
          {allergy.form === 'unavailable' &&
            allergy.missing.length === 0 &&
            ` — ${t('allergy.unavailableNote')}`}
          {allergy.missing.length > 0 &&
            ` — ${allergy.form === 'known' ? `${t('allergy.incomplete')}, ` : ''}${t('allergy.missingFrom', { names: allergy.missing.join(', ') })}`}
        </span>
      </div>
      {onPrint && (
        <button
          type="button"
          className="button banner__close banner__print"
          onClick={onPrint}
          data-testid="patient-print"
        >
          {t('patient.print')}
        </button>
      )}
      {onClose && (
        <button
          type="button"
          className={`button ${onPrint ? '' : 'banner__close'}`}
          onClick={onClose}
        >
          {t('patient.close')}
        </button>
      )}
    </section>
  );
}
