import { useI18n } from '../../i18n/I18nContext.ts';

/** What the figures cannot say: few areas, small populations, other changes at the same time. */
export function FollowUpCaveats({ heading: Heading = 'h3' }: { heading?: 'h2' | 'h3' }) {
  const { t } = useI18n();
  return (
    <section className="caveats" aria-labelledby="caveats-heading">
      <Heading id="caveats-heading">{t.followUp.caveatsTitle}</Heading>
      <ul>
        {t.followUp.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
