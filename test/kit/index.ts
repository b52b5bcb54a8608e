// The shared test kit (`@kaigo/testkit`, tests only, never shipped): privacy markers for every package's tests.
// The list of cities is in ./cities (root tests only: it loads every city package).
export * from './privacy';
