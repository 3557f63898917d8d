/** The inputs of a single-choice question (radios) and of a multiple-response question (checkboxes). */
import { outcomeOf } from '../../../quiz/kinds/choices';
import type { ControlsProps } from './controls';
import { Option } from './option';

export function ChoiceControls({
  question,
  shown,
  response,
  done,
  answer,
  marks,
  id,
}: ControlsProps<'single-choice'> | ControlsProps<'multiple-response'>) {
  const single = question.type === 'single-choice';
  const chosen = response?.type === 'single-choice' ? [response.choice] : (response?.choices ?? []);
  const key: readonly string[] = question.type === 'single-choice' ? [question.answer] : question.answers;
  return (
    <div class="quiz__options">
      {shown.options.map((option) => (
        <Option
          key={option.id}
          type={single ? 'radio' : 'checkbox'}
          name={id}
          text={option.text}
          chosen={chosen.includes(option.id)}
          outcome={done && outcomeOf(chosen.includes(option.id), key.includes(option.id))}
          marks={marks}
          choose={() =>
            answer(
              question,
              single
                ? { type: 'single-choice', choice: option.id }
                : {
                    type: 'multiple-response',
                    choices: chosen.includes(option.id)
                      ? (chosen.filter((other) => other !== option.id) as string[])
                      : [...(chosen as string[]), option.id],
                  },
            )
          }
        />
      ))}
    </div>
  );
}
