"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import type { ApiTokenSummary } from "@/lib/db/tokens/api-token-row";
import { Modal } from "../articles/[id]/modal";
import { createApiTokenAction, revokeApiTokenAction } from "./api-token-actions";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";

type Problem = { code: ErrorKey; values?: Record<string, number> };
type CopyState = "idle" | "copied" | "failed";

/** Copies with the Clipboard API, or by selecting the field where that API is missing (plain http). */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return document.execCommand?.("copy") ?? false;
  }
}

export function ApiTokens({
  tokens: initialTokens,
  maxNameLength,
  maxTokens,
}: {
  tokens: ApiTokenSummary[];
  maxNameLength: number;
  maxTokens: number;
}) {
  const t = useTranslations("ApiTokens");
  const tErrors = useTranslations("Errors");
  const format = useFormatter();
  const [tokens, setTokens] = useState(initialTokens);
  // A refreshed page (after a password change revoked them all) brings a new list from the server.
  const [listed, setListed] = useState(initialTokens);
  if (listed !== initialTokens) {
    setListed(initialTokens);
    setTokens(initialTokens);
  }
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const [revoking, setRevoking] = useState<ApiTokenSummary | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();
  const secretField = useRef<HTMLInputElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const when = (date: Date) => (
    <time dateTime={new Date(date).toISOString()}>
      {format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );

  const create = () =>
    startTransition(async () => {
      const result = await createApiTokenAction({ name });
      if (!result.ok) {
        setProblem({ code: result.code, values: result.details as Record<string, number> | undefined });
        return;
      }
      setProblem(null);
      setRevokedName(null);
      setName("");
      setCopyState("idle");
      setCreated({ name: result.value.name, secret: result.value.secret });
      setTokens(result.value.tokens);
    });

  const revoke = (token: ApiTokenSummary) =>
    startTransition(async () => {
      const result = await revokeApiTokenAction({ tokenId: token.id });
      setRevoking(null);
      if (!result.ok) {
        setProblem({ code: result.code });
        return;
      }
      setProblem(null);
      setRevokedName(token.name);
      setTokens(result.value.tokens);
    });

  return (
    <section className="api-tokens" aria-labelledby="api-tokens-title">
      <h2 id="api-tokens-title">{t("title")}</h2>
      <p className="muted">
        {t.rich("intro", {
          link: (chunks) => (
            <a href="/api/v1/openapi.json" target="_blank" rel="noreferrer">
              {chunks}
            </a>
          ),
        })}
      </p>

      {created && (
        <div className="token-created" role="region" aria-labelledby="token-created-title">
          <h3 id="token-created-title">{t("createdHeading", { name: created.name })}</h3>
          <p className="token-warning" id="token-once">
            {t("onceWarning")}
          </p>
          <div className="token-secret">
            <label className="field grow">
              <span>{t("secret")}</span>
              <input
                ref={secretField}
                readOnly
                autoFocus
                value={created.secret}
                aria-describedby="token-once"
                spellCheck={false}
                autoComplete="off"
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <button
              type="button"
              className="primary"
              onClick={async () =>
                setCopyState((await copyText(created.secret, secretField.current)) ? "copied" : "failed")
              }
            >
              {t("copy")}
            </button>
          </div>
          <p role="status" className="small token-copy-state">
            {copyState === "copied" ? t("copied") : copyState === "failed" ? t("copyFailed") : ""}
          </p>
          <button
            type="button"
            onClick={() => {
              setCreated(null);
              nameField.current?.focus();
            }}
          >
            {t("dismiss")}
          </button>
        </div>
      )}

      <form
        className="auth-form token-form"
        aria-labelledby="token-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) create();
        }}
      >
        <h3 id="token-form-title">{t("createHeading")}</h3>
        <label className="field">
          <span>{t("name")}</span>
          <input
            ref={nameField}
            required
            value={name}
            maxLength={maxNameLength}
            aria-describedby="token-name-hint"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <p id="token-name-hint" className="muted small">
          {t("nameHint", { max: maxNameLength })} {t("limitHint", { max: maxTokens })}
        </p>
        {problem && (
          <p role="alert" className="problem">
            {errorText(tErrors, problem.code, problem.values)}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {t("create")}
        </button>
      </form>

      <h3 id="token-list-title">{t("listHeading")}</h3>
      {revokedName && (
        <p role="status" className="notice">
          {t("revokedNotice", { name: revokedName })}
        </p>
      )}
      {tokens.length === 0 ? (
        <p className="muted token-empty">{t("empty")}</p>
      ) : (
        <table className="article-list token-list" aria-labelledby="token-list-title">
          <thead>
            <tr>
              <th scope="col">{t("columnName")}</th>
              <th scope="col">{t("columnCreated")}</th>
              <th scope="col">{t("columnLastUsed")}</th>
              <th scope="col">{t("columnState")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("columnActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-revoked={token.revokedAt ? "true" : "false"}>
                <th scope="row">{token.name}</th>
                <td>{when(token.createdAt)}</td>
                <td>{token.lastUsedAt ? when(token.lastUsedAt) : t("neverUsed")}</td>
                <td>
                  {token.revokedAt
                    ? t("revokedAt", {
                        date: format.dateTime(new Date(token.revokedAt), { dateStyle: "medium", timeStyle: "short" }),
                      })
                    : t("active")}
                </td>
                <td className="token-actions">
                  {!token.revokedAt && (
                    <button
                      type="button"
                      className="danger"
                      aria-label={t("revokeLabel", { name: token.name })}
                      disabled={pending}
                      onClick={() => setRevoking(token)}
                    >
                      {t("revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {revoking && (
        <Modal title={t("revokeTitle", { name: revoking.name })} onClose={() => setRevoking(null)}>
          <p>{t("revokeBody")}</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => setRevoking(null)}>
              {t("cancel")}
            </button>
            <button type="button" className="danger" disabled={pending} onClick={() => revoke(revoking)}>
              {t("revokeConfirm")}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
