import { useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
  label: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * A file input that speaks the app's language. The browser's own control names its button and
 * its "no file" text in the browser's language, whatever the app speaks; here the input stays
 * (keyboard, screen readers and drops still reach it) but shows nothing, and a labelled button
 * and the chosen file's name are drawn in its place.
 */
export function FileChooser({ label, onChange, ...input }: Props) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  return (
    <label className="file-chooser">
      {label}
      <span className="row">
        <input
          type="file"
          {...input}
          onChange={(event) => {
            setChosen([...(event.target.files ?? [])].map((file) => file.name).join(', '));
            onChange(event);
          }}
        />
        <span className="file-chooser-button" aria-hidden="true">
          {t('file.choose')}
        </span>
        <span className="muted" aria-live="polite">
          {chosen || t('file.none')}
        </span>
      </span>
    </label>
  );
}
