// The dev server's index refresher: one run at a time, requests during a run collapse into one more run.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createRefresher } from "../../../src/dev/refresh.ts";

/** A job whose runs finish only when the test says so, recording how many run at once. */
function controllableJob() {
  const finishers: Array<() => void> = [];
  let running = 0;
  const record = { runs: 0, mostAtOnce: 0 };
  const job = () =>
    new Promise<void>((resolve) => {
      record.runs++;
      running++;
      record.mostAtOnce = Math.max(record.mostAtOnce, running);
      finishers.push(() => {
        running--;
        resolve();
      });
    });
  const finishOne = async () => {
    finishers.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { job, record, finishOne };
}

test("a request with nothing running starts a run at once", async () => {
  const { job, record, finishOne } = controllableJob();
  const done = createRefresher(job).request();
  assert.is(record.runs, 1);
  await finishOne();
  await done;
});

test("requests made during a run collapse into one more run, never two at once", async () => {
  const { job, record, finishOne } = controllableJob();
  const refresher = createRefresher(job);
  void refresher.request();
  const later = [refresher.request(), refresher.request(), refresher.request()];
  assert.is(record.runs, 1);
  await finishOne();
  assert.is(record.runs, 2);
  await finishOne();
  await Promise.all(later);
  assert.is(record.runs, 2);
  assert.is(record.mostAtOnce, 1);
});

test("a failed run does not stop the next one", async () => {
  let calls = 0;
  const refresher = createRefresher(async () => {
    calls++;
    if (calls === 1) throw new Error("index failed");
  });
  const first = refresher.request();
  const second = refresher.request();
  await first.then(
    () => assert.unreachable("the first run should fail"),
    (error: Error) => assert.is(error.message, "index failed"),
  );
  await second;
  assert.is(calls, 2);
});

test.run();
