/** Global test setup: nothing shared yet beyond what each worker builds. */
export default function setup(): void {}
