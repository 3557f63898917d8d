/**
 * The inputs of a matching question: one group of answers per item, so every answer reads in full,
 * whatever the screen's width.
 */
import { outcomeOf } from '../../../quiz/kinds/choices';
import type { ControlsProps } from './controls';
import { Option } from './option';

export function MatchingControls({ question, shown, response, done, answer, marks, id }: ControlsProps<'matching'>) {
  const matches = response?.matches ?? {};
  return (
    <div class="quiz__matches">
      {shown.prompts.map((prompt) => (
        <fieldset class="quiz__match" key={prompt.id}>
          <legend>{prompt.text}</legend>
          {shown.choices.map((choice) => (
            <Option
              key={choice.id}
              type="radio"
              name={`${id}-${prompt.id}`}
              text={choice.text}
              chosen={matches[prompt.id] === choice.id}
              outcome={done && outcomeOf(matches[prompt.id] === choice.id, choice.id === prompt.id)}
              marks={marks}
              choose={() => answer(question, { type: 'matching', matches: { ...matches, [prompt.id]: choice.id } })}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
