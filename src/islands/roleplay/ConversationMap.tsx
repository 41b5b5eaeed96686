import { decisionAt, type PlayState } from '../../lib/roleplay/engine.ts';
import { isEnding, type Scenario } from '../../lib/roleplay/types.ts';

const pointsText = ['poor', 'fair', 'best'] as const;

/** Where each reply leads, in words: an ending's band, or the customer's next line. */
function leadsTo(scenario: Scenario, next: string): string {
  const node = scenario.nodes[next];
  if (!node) return '';
  if (isEnding(node)) return `the conversation ends (${node.ending})`;
  return `“${node.customer}”`;
}

/** The path taken and the paths not taken at each decision, each with its feedback. */
export function ConversationMap({ scenario, state }: { scenario: Scenario; state: PlayState }) {
  return (
    <details class="conversation-map">
      <summary>Map of the conversation: every reply you could have given</summary>
      <ol>
        {state.path.map((step, i) => {
          const decision = decisionAt(scenario, step.node);
          return (
            <li key={i}>
              <p class="line customer">{decision.customer}</p>
              <ul>
                {decision.choices.map((choice, c) => (
                  <li key={c} class={c === step.choice ? 'taken' : 'not-taken'}>
                    <p>
                      <strong>{c === step.choice ? 'Your reply' : 'Not taken'}</strong> ({pointsText[choice.points]}): “{choice.reply}”
                    </p>
                    <p class="map-feedback">{choice.feedback}</p>
                    <p class="map-next">Leads to: {leadsTo(scenario, choice.next)}</p>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
