/**
 * Lowercase hex SHA-256, as the manifest writes it. crypto.subtle exists in pages, workers,
 * service workers and Node, so the page (download check), the worker and the CLI share this one.
 */
export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as ArrayBuffer | Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
