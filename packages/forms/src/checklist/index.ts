export * from '../national/basicChecklistItems';
export * from './bmi';
export * from './itemScore';
export * from './count';
export * from './groupCounts';
export * from './criteria';
export * from './jigyoTaishosha';
export * from './scoreBasicChecklist';
