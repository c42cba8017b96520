/**
 * High-risk medicines: the groups where a missed double supply, a wrong dose or an interaction
 * harms fastest (docs/codec.md, "Medication view: high-risk medicines"). Recognised by ATC code
 * (prefix) when the message carries one, otherwise by the generic name at the start of the
 * product name. A brand name without an ATC code is not recognised: the mark is a help, and its
 * absence never means "not high-risk".
 */
export type HighRiskGroup =
  'anticoagulant' | 'insulin' | 'opioid' | 'methotrexate' | 'sulfonylurea' | 'digoxin' | 'lithium';

interface Rule {
  group: HighRiskGroup;
  atc: string[];
  names: string[];
}

export const HIGH_RISK_RULES: readonly Rule[] = [
  {
    group: 'anticoagulant',
    // B01AA vitamin K antagonists, B01AB heparins, B01AE thrombin inhibitors, B01AF factor Xa
    atc: ['B01AA', 'B01AB', 'B01AE', 'B01AF'],
    names: [
      'ACENOCOUMAROL',
      'FENPROCOUMON',
      'WARFARINE',
      'DABIGATRAN',
      'RIVAROXABAN',
      'APIXABAN',
      'EDOXABAN',
      'ENOXAPARINE',
      'NADROPARINE',
      'DALTEPARINE',
      'TINZAPARINE',
    ],
  },
  { group: 'insulin', atc: ['A10A'], names: ['INSULINE'] },
  {
    group: 'opioid',
    atc: ['N02A', 'N07BC'],
    names: [
      'MORFINE',
      'OXYCODON',
      'FENTANYL',
      'HYDROMORFON',
      'METHADON',
      'BUPRENORFINE',
      'TAPENTADOL',
      'TRAMADOL',
      'CODEINE',
      'PETHIDINE',
    ],
  },
  { group: 'methotrexate', atc: ['L01BA01', 'L04AX03'], names: ['METHOTREXAAT'] },
  {
    group: 'sulfonylurea',
    atc: ['A10BB'],
    names: ['GLIBENCLAMIDE', 'GLICLAZIDE', 'GLIMEPIRIDE', 'TOLBUTAMIDE'],
  },
  { group: 'digoxin', atc: ['C01AA05'], names: ['DIGOXINE'] },
  { group: 'lithium', atc: ['N05AN01'], names: ['LITHIUM'] },
];

const ATC_SYSTEM = '2.16.840.1.113883.6.73';

export function highRiskGroup(
  name: string,
  codes: { code: string | null; codeSystem: string | null }[] = [],
): HighRiskGroup | null {
  const atc = codes
    .filter((c) => c.codeSystem === ATC_SYSTEM && c.code)
    .map((c) => (c.code as string).toUpperCase());
  for (const rule of HIGH_RISK_RULES)
    if (atc.some((a) => rule.atc.some((p) => a.startsWith(p)))) return rule.group;
  const first =
    name
      .trim()
      .toUpperCase()
      .split(/[\s/,]+/)[0] ?? '';
  for (const rule of HIGH_RISK_RULES) if (rule.names.includes(first)) return rule.group;
  return null;
}
