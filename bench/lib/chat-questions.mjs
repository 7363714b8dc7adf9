// The 20 questions of the bench's chat-session cells (`chatAnswers` in suites.mjs), asked in this
// order in one loaded model, each with the whole chat before it, as a user of the app would.
export const CHAT_QUESTIONS = [
  'How many rest days a week does a beginner runner need?',
  'What should I eat two hours before a long run?',
  'Is it fine to stretch before lifting weights?',
  'How much protein do I need after strength training?',
  'How can I tell if I am overtraining?',
  'What is a tempo run and how fast should it be?',
  'How much water should I drink during a 90 minute ride?',
  'Does sleep affect muscle recovery?',
  'How long should a warm-up before intervals last?',
  'Can I run on sore legs the day after squats?',
  'What is a good cadence for easy running?',
  'Should I take caffeine before a race?',
  'How do I taper in the last two weeks before a half marathon?',
  'Is cycling good cross-training for runners?',
  'How often should I replace my running shoes?',
  'What are signs of low iron in athletes?',
  'How do I breathe when running uphill?',
  'Is it better to train in the morning or the evening?',
  'How many sets per muscle per week build strength?',
  'What should I do the day after a marathon?',
];
