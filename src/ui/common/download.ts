/** Offer text or a blob as a file download (a same-origin blob URL; nothing is sent). */
export function download(fileName: string, content: string | Blob, type = 'application/octet-stream') {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
