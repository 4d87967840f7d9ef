// Type-level checks of the resolution input, run by `tsc --noEmit` (which covers test/); the runtime
// assertions only restate what the types promise.
import { describe, expect, expectTypeOf, test } from "vitest";
import type { MessageCategory } from "../../src/model/categories.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { ResolveInput } from "../../src/resolve/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

describe("ResolveInput", () => {
  test("names the six categories in its type and still accepts any string", () => {
    // With `category: string` the six ids would not survive in the type, and this Extract would be never.
    expectTypeOf<Extract<ResolveInput["category"], MessageCategory>>().toEqualTypeOf<MessageCategory>();
    expectTypeOf<string>().toExtend<ResolveInput["category"]>();
    const typed: string = "apointments";
    expect(resolveRecipients(samplePractice(), { category: typed, at: "2026-11-20T09:00:00Z" })).toMatchObject({
      ok: false,
      reason: "unknown_category",
    });
  });
});
