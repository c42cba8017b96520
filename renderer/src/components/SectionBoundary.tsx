import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useFeatureMessages } from '../i18n/I18nContext';
import { componentMessages } from './messages';
import { Icon } from './Icon';

interface Props {
  /** The section's name as the clinician knows it ("Medicatie"), said in the message. */
  name: string;
  /** A stable id for tests and for the heading the message is linked to. */
  id: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * One clinical section that fails to render stays one section: its place says what failed, the
 * rest of the screen (banner, other sections, the locum-report draft) keeps its state because the
 * boundary catches the error below itself. Nothing of the error (which may quote data) is shown or
 * logged; "Show again" remounts the section.
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately silent: an error message can carry patient data (design: no medical content
    // in diagnostics). The section's own words say what failed.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <SectionFailed
        name={this.props.name}
        id={this.props.id}
        onRetry={() => this.setState({ failed: false })}
      />
    );
  }
}

function SectionFailed({ name, id, onRetry }: { name: string; id: string; onRetry: () => void }) {
  const t = useFeatureMessages(componentMessages);
  const headingId = `section-failed-${id}`;
  return (
    <section
      className="card section section--failed"
      data-testid={`section-boundary-${id}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{name}</h2>
      <div role="alert" className="notice notice--degraded">
        <p>
          <Icon name="warning" />
          <strong>{t('boundary.title')}</strong>
        </p>
        <p>{t('boundary.body', { section: name })}</p>
      </div>
      <button type="button" className="button" onClick={onRetry}>
        {t('boundary.retry')}
      </button>
    </section>
  );
}
