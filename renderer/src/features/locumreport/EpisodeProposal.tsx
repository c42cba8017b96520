import { useFeatureMessages } from '../../i18n/I18nContext';
import { FieldProblem, invalidProps } from './FieldProblem';
import type { ComposerPartProps } from './fieldProps';
import { IcpcPicker } from './IcpcPicker';
import { reportMessages } from './messages';
import { problemIdOf } from './validation';

/** An optional episode the locum proposes; switched on, it starts from the first ICPC code. */
export function EpisodeProposal({ draft, update, problems }: ComposerPartProps) {
  const t = useFeatureMessages(reportMessages);
  const episode = draft.episode;
  const icpcInvalid = invalidProps('episodeIcpc', problems);
  return (
    <fieldset className="report__fieldset">
      <legend className="visually-hidden">{t('episode.toggle')}</legend>
      <label className="report__check">
        <input
          type="checkbox"
          id="report-episode-toggle"
          checked={episode !== null}
          onChange={(e) =>
            update((d) => ({
              ...d,
              episode: e.target.checked
                ? { title: d.icpc[0]?.display ?? '', icpc: d.icpc[0]?.code ?? '' }
                : null,
            }))
          }
        />
        {t('episode.toggle')}
      </label>
      {episode && (
        <div className="report__episode">
          <div className="report__field">
            <label htmlFor="report-episode-title">{t('episode.title')}</label>
            <input
              id="report-episode-title"
              type="text"
              maxLength={200}
              value={episode.title}
              onChange={(e) =>
                update((d) => ({
                  ...d,
                  episode: d.episode && { ...d.episode, title: e.target.value },
                }))
              }
              {...invalidProps('episodeTitle', problems)}
            />
            <FieldProblem target="episodeTitle" problems={problems} />
          </div>
          <div className="report__field">
            {episode.icpc && (
              <p className="report__episode-code" data-testid="report-episode-code">
                {t('episode.chosen', { code: episode.icpc })}
              </p>
            )}
            <IcpcPicker
              id="report-episode-icpc"
              label={t('episode.icpc')}
              invalid={Boolean(icpcInvalid['aria-invalid'])}
              describedBy={icpcInvalid['aria-invalid'] ? problemIdOf('episodeIcpc') : undefined}
              onPick={(code) =>
                update((d) => ({
                  ...d,
                  episode: d.episode && {
                    title: d.episode.title || code.title,
                    icpc: code.code,
                  },
                }))
              }
            />
            <FieldProblem target="episodeIcpc" problems={problems} />
          </div>
        </div>
      )}
    </fieldset>
  );
}
