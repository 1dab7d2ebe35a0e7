import type { Instrumentation } from "next";

/** Every error a page, route or server action throws is logged once, with its stack and the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/log/logger");
  const reqId = request.headers["x-request-id"];
  logger().error(
    { err: error, reqId, method: request.method, route: context.routePath, routeType: context.routeType },
    "request failed",
  );
};
