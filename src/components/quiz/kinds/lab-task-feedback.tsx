/**
 * Feedback on a lab task: what the goal's checks found at the end of the learner's work. The lab's
 * code replays the work, so the lab parts render it (`LabFeedbackSlot` in `lab-task.tsx`) and the
 * island passes it in as `children`: the feedback's own chunk stays free of the lab.
 */
import type { FeedbackProps } from './feedback';

export const LabTaskFeedback = ({ children }: FeedbackProps<'lab-task'>) => <>{children}</>;
