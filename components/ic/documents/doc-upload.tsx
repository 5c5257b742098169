"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { MAX_FILE_BYTES, PHOTO_ACCEPT, PHOTO_MAX_BYTES, UPLOAD_ACCEPT } from "@/lib/ic/documents/rules";

type Props = { profileId: string; docType: string; itemKey: string };

/**
 * Uploads to /api/ic/upload one file per request, so a 10 MB scan never shares a request with
 * another and each refusal names its own file. The server sniffs the content; the size check
 * here only saves the clerk a wasted upload.
 */
export function DocUpload({ profileId, docType, itemKey }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const photo = docType === "PHOTO";
  const limit = photo ? PHOTO_MAX_BYTES : MAX_FILE_BYTES;

  async function upload(files: FileList | null) {
    if (!files?.length) return;
    setBusy(true);
    const problems: string[] = [];
    for (const file of Array.from(files)) {
      if (file.size > limit) {
        problems.push(`“${file.name}”超过${photo ? "2" : "10"}MB，未上传`);
        continue;
      }
      const body = new FormData();
      body.set("profileId", profileId);
      body.set("docType", docType);
      body.set("itemKey", itemKey);
      body.append("files", file);
      try {
        const res = await fetch("/api/ic/upload", { method: "POST", body });
        const json = (await res.json().catch(() => ({}))) as { ok?: boolean; message?: string };
        if (!res.ok || !json.ok) problems.push(json.message ?? `“${file.name}”上传失败，请重试`);
      } catch {
        problems.push(`“${file.name}”上传失败：网络异常`);
      }
    }
    setErrors(problems);
    setBusy(false);
    if (input.current) input.current.value = "";
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-1">
      <label className="inline-flex w-fit cursor-pointer items-center gap-2 text-sm">
        <span className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
          {busy ? "正在上传…" : "上传扫描件"}
        </span>
        <input
          ref={input}
          type="file"
          multiple={!photo}
          accept={photo ? PHOTO_ACCEPT : UPLOAD_ACCEPT}
          disabled={busy}
          className="sr-only"
          data-testid={`doc-upload-${docType}${itemKey ? `-${itemKey}` : ""}`}
          onChange={(e) => upload(e.currentTarget.files)}
        />
        <span className="text-slate-500">
          {photo ? "JPG/PNG，≤2MB，不小于295×413像素，竖版" : "PDF/JPG/PNG，单个≤10MB，每项最多20个"}
        </span>
      </label>
      {errors.map((m) => (
        <p key={m} className="text-sm font-medium text-red-700" data-testid="doc-upload-error">{m}</p>
      ))}
    </div>
  );
}
