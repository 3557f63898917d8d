/**
 * One small, valid question of each kind and a quiz built from them, for the engine's tests and
 * the validation tests. Plain data; every call returns fresh objects, so a test may mutate its copy.
 */
import type {
  QuestionResponse,
  MatchingQuestion,
  MultipleResponseQuestion,
  OrderingQuestion,
  Quiz,
  SingleChoiceQuestion,
} from './types';

export function singleChoiceQuestion(): SingleChoiceQuestion {
  return {
    type: 'single-choice',
    id: 'wizard-node',
    objective: 'connector-status',
    teaches: 'connector-status#the-cloud-attach-configuration-wizard',
    stem: 'Where in the console do you start the Cloud Attach Configuration Wizard from version 2111?',
    options: [
      {
        id: 'cloud-attach',
        text: 'Administration, Cloud Services, Cloud Attach, then Configure Cloud Attach',
        explanation: 'From 2111 the wizard lives under the Cloud Attach node.',
      },
      {
        id: 'co-management-node',
        text: 'Administration, Cloud Services, Co-management',
        explanation: 'That node and its wizard belong to version 2103 and earlier.',
        misconception: 'old-co-management-node',
      },
      {
        id: 'intune-connectors',
        text: 'Intune admin center, Tenant administration, Connectors and tokens',
        explanation: 'That page shows the connector status after the site is attached; it does not attach it.',
        misconception: 'attach-from-intune',
      },
    ],
    answer: 'cloud-attach',
  };
}

export function multipleResponseQuestion(
  scoring: MultipleResponseQuestion['scoring'] = 'partial',
): MultipleResponseQuestion {
  return {
    type: 'multiple-response',
    id: 'device-configuration-coupling',
    objective: 'benefits',
    teaches: 'understand-co-management#the-device-configuration-coupling',
    stem: 'Which workloads move to Pilot Intune with Device configuration for the same devices?',
    options: [
      {
        id: 'resource-access',
        text: 'Resource access policies',
        explanation: 'Resource access follows Device configuration.',
      },
      {
        id: 'endpoint-protection',
        text: 'Endpoint Protection',
        explanation: 'Endpoint Protection follows Device configuration.',
      },
      {
        id: 'compliance-policies',
        text: 'Compliance policies',
        explanation: 'Compliance policies have their own slider and stay where they are.',
        misconception: 'everything-moves-together',
      },
      {
        id: 'client-apps',
        text: 'Client apps',
        explanation: 'Client apps have their own slider and stay where they are.',
      },
    ],
    answers: ['resource-access', 'endpoint-protection'],
    scoring,
  };
}

export function orderingQuestion(): OrderingQuestion {
  return {
    type: 'ordering',
    id: 'wizard-pages',
    objective: 'connector-status',
    teaches: 'connector-status#the-cloud-attach-configuration-wizard',
    stem: 'Put the pages of the Cloud Attach Configuration Wizard in the order the wizard shows them.',
    steps: [
      {
        id: 'cloud-attach',
        text: 'Cloud attach',
        explanation: 'The first page signs in and creates the app registration.',
      },
      { id: 'configure-upload', text: 'Configure upload', explanation: 'Second: what tenant attach uploads.' },
      { id: 'enablement', text: 'Enablement', explanation: 'Third: automatic enrollment in Intune.' },
      { id: 'summary', text: 'Summary', explanation: 'Last: check your choices and finish.' },
    ],
  };
}

export function matchingQuestion(): MatchingQuestion {
  return {
    type: 'matching',
    id: 'workload-governs',
    objective: 'benefits',
    teaches: 'understand-co-management#workloads-who-is-in-charge-of-what',
    stem: 'Match each workload to what it governs.',
    pairs: [
      {
        id: 'compliance-policies',
        prompt: 'Compliance policies',
        match: 'The rules a device must meet to count as compliant',
        explanation: 'Conditional access reads the compliance verdict.',
      },
      {
        id: 'windows-update-policies',
        prompt: 'Windows Update policies',
        match: 'Deferral settings for feature and quality updates',
        explanation: 'Windows Update for Business settings.',
      },
      {
        id: 'client-apps',
        prompt: 'Client apps',
        match: 'Intune apps and PowerShell scripts',
        explanation: 'Client apps lets Intune deploy apps and scripts.',
      },
      {
        id: 'office-click-to-run-apps',
        prompt: 'Office Click-to-Run apps',
        match: 'Microsoft 365 Apps',
        explanation: 'The workload manages Microsoft 365 Apps.',
      },
    ],
    distractors: [
      {
        id: 'third-party-updates',
        text: 'Third-party software updates',
        explanation: 'Configuration Manager keeps delivering third-party updates; no workload moves them.',
        misconception: 'updates-workload-covers-everything',
      },
    ],
  };
}

/** A quiz of the four questions above, two objectives, pass mark 0.75. */
export function sampleQuiz(): Quiz {
  return {
    id: 'sample-check',
    title: 'Quick check',
    unit: 'connector-status',
    passMark: 0.75,
    completesUnit: false,
    questions: [singleChoiceQuestion(), multipleResponseQuestion(), orderingQuestion(), matchingQuestion()],
  };
}

/** A right answer to every question of {@link sampleQuiz}, by question id. */
export function sampleQuizRightAnswers(): Record<string, QuestionResponse> {
  return {
    'wizard-node': { type: 'single-choice', choice: 'cloud-attach' },
    'device-configuration-coupling': { type: 'multiple-response', choices: ['endpoint-protection', 'resource-access'] },
    'wizard-pages': { type: 'ordering', order: ['cloud-attach', 'configure-upload', 'enablement', 'summary'] },
    'workload-governs': {
      type: 'matching',
      matches: {
        'compliance-policies': 'compliance-policies',
        'windows-update-policies': 'windows-update-policies',
        'client-apps': 'client-apps',
        'office-click-to-run-apps': 'office-click-to-run-apps',
      },
    },
  };
}
