/** One option of a choice question, or one answer of a matching item. */
import type { ChoiceOutcome } from '../../../quiz/types';

interface OptionProps {
  type: 'radio' | 'checkbox';
  name: string;
  text: string;
  chosen: boolean;
  /** Once checked: what happened to it, marked ✓ or ✗ with words, in its label and so in its name. */
  outcome: ChoiceOutcome | false;
  marks: Record<ChoiceOutcome, string>;
  choose: () => void;
}

export function Option({ type, name, text, chosen, outcome, marks, choose }: OptionProps) {
  return (
    <label class={`quiz__option${outcome ? ` quiz__option--${outcome}` : ''}`}>
      <input type={type} name={name} checked={chosen} onChange={choose} />
      <span>
        {text}
        {/* The space outside the mark: a line may break before it, never inside it. */}
        {outcome && ' '}
        {outcome && <span class="quiz__mark">{marks[outcome]}</span>}
      </span>
    </label>
  );
}
