/** The WebGPU path on Chromium's software adapter (--enable-unsafe-webgpu), with the tiny package. */
import { expect, test } from './fixtures';
import { ask, downloadModel, expectGrowing, openApp, recordStream, runsOn, setSettings, streamStates, TINY_MODEL, waitAnswerDone, waitReady } from './helpers';

/**
 * onnxruntime prints this warning through console.error when a WebGPU session keeps shape ops
 * on the CPU (by design). Only this exact warning is let through; session log level 3 in the
 * engine would silence it at the source.
 */
const ORT_PLACEMENT_WARNING = /\[W:onnxruntime:, session_state\.cc:\d+ VerifyEachNodeIsAssignedToAnEp\]/;

test('WebGPU backend loads and streams an answer', async ({ page, guard }, testInfo) => {
  test.skip(!runsOn(testInfo, 'webgpu'), 'needs the webgpu project');
  await openApp(page, TINY_MODEL);
  await setSettings(page, { backend: 'WebGPU', maxNewTokens: 12 });
  await downloadModel(page);
  await waitReady(page);
  await expect(page.getByTestId('status-line')).toContainText('WebGPU');
  await recordStream(page);
  await ask(page, 'Does WebGPU answer?');
  await waitAnswerDone(page, 0);
  expectGrowing(await streamStates(page), 2);
  const other = guard.consoleErrors.filter((e) => !ORT_PLACEMENT_WARNING.test(e));
  guard.consoleErrors.splice(0, guard.consoleErrors.length, ...other);
});
