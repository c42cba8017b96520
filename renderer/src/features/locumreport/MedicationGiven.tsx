import { useFeatureMessages } from '../../i18n/I18nContext';
import { focusTarget } from '../../components/shortcuts';
import { FieldProblem, invalidProps } from './FieldProblem';
import type { ComposerPartProps } from './fieldProps';
import { reportMessages } from './messages';

/** Medicines given or prescribed at the HAP: product, dosage as written, quantity. */
export function MedicationGiven({ draft, update, problems }: ComposerPartProps) {
  const t = useFeatureMessages(reportMessages);
  const add = () => {
    const index = draft.medication.length;
    const key = Math.max(0, ...draft.medication.map((m) => m.key)) + 1;
    update((d) => ({
      ...d,
      medication: [...d.medication, { key, product: '', dosageText: '', quantity: '', unit: '' }],
    }));
    window.setTimeout(() => focusTarget(`report-medication-${index}-product`), 0);
  };
  const change = (
    index: number,
    field: 'product' | 'dosageText' | 'quantity' | 'unit',
    value: string,
  ) =>
    update((d) => ({
      ...d,
      medication: d.medication.map((m, i) => (i === index ? { ...m, [field]: value } : m)),
    }));
  return (
    <fieldset className="report__fieldset">
      <legend>{t('medication.legend')}</legend>
      {draft.medication.length === 0 && <p className="muted">{t('medication.none')}</p>}
      {draft.medication.map((m, index) => {
        const n = String(index + 1);
        const id = `report-medication-${index}`;
        const target = `medication.${index}` as const;
        return (
          <div key={m.key} className="report__medication" data-testid="report-medication-row">
            <div className="report__field">
              <label htmlFor={`${id}-product`}>{t('medication.product', { n })}</label>
              <input
                id={`${id}-product`}
                type="text"
                maxLength={200}
                value={m.product}
                onChange={(e) => change(index, 'product', e.target.value)}
                {...invalidProps(target, problems)}
              />
            </div>
            <div className="report__field">
              <label htmlFor={`${id}-dosage`}>{t('medication.dosage')}</label>
              <input
                id={`${id}-dosage`}
                type="text"
                maxLength={500}
                value={m.dosageText}
                onChange={(e) => change(index, 'dosageText', e.target.value)}
                {...invalidProps(target, problems)}
              />
            </div>
            <div className="report__field report__field--narrow">
              <label htmlFor={`${id}-quantity`}>{t('medication.quantity')}</label>
              <input
                id={`${id}-quantity`}
                type="text"
                inputMode="decimal"
                className="num"
                maxLength={10}
                value={m.quantity}
                onChange={(e) => change(index, 'quantity', e.target.value)}
              />
            </div>
            <div className="report__field report__field--narrow">
              <label htmlFor={`${id}-unit`}>{t('medication.unit')}</label>
              <input
                id={`${id}-unit`}
                type="text"
                maxLength={40}
                value={m.unit}
                onChange={(e) => change(index, 'unit', e.target.value)}
              />
            </div>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('medication.remove', { n })}
              onClick={() =>
                update((d) => ({ ...d, medication: d.medication.filter((_, i) => i !== index) }))
              }
            >
              ×
            </button>
            <FieldProblem target={target} problems={problems} />
          </div>
        );
      })}
      <button type="button" className="button" onClick={add}>
        {t('medication.add')}
      </button>
    </fieldset>
  );
}
