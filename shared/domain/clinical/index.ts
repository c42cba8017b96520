export * from './common';
export * from './patient';
export * from './sourceStatus';
export * from './summary';
export * from './medication';
export * from './ica';
export * from './ack';
export * from './locumReport';
