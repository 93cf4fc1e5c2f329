/** Hands a file to the browser as a download: a Blob behind a temporary link with `download`. */
export function download(file: { name: string; type: string; data: Uint8Array | string }): void {
  const part: BlobPart = typeof file.data === 'string' ? file.data : new Uint8Array(file.data);
  const url = URL.createObjectURL(new Blob([part], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file by the time the timer runs; the URL is only released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
