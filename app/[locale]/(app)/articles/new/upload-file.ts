export interface UploadResponse {
  status: number;
  body: unknown;
}

/**
 * POSTs a file as the request body, reporting upload progress (0–1) as it goes; fetch()
 * cannot report upload progress, XMLHttpRequest can.
 */
export function uploadFile(url: string, file: File, onProgress: (fraction: number) => void): Promise<UploadResponse> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("content-type", file.type || "application/octet-stream");
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => resolve({ status: request.status, body: request.response as unknown }));
    request.addEventListener("error", () => reject(new Error("upload failed")));
    request.addEventListener("abort", () => reject(new Error("upload aborted")));
    request.send(file);
  });
}
