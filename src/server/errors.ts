// Every error leaves the API as JSON {error: {code, message}} with a fitting status; never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { MarsadError } from '../doc/errors.js';

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

/** Fastify's own error codes mapped to the API's status and code. */
const FRAMEWORK_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad-json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad-json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too-large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-request'],
};

export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err.validation) return sendError(reply, 400, 'bad-request', err.message);
  const known = err.code ? FRAMEWORK_ERRORS[err.code] : undefined;
  if (known) return sendError(reply, known[0], known[1], err.message);
  if (err instanceof SyntaxError) return sendError(reply, 400, 'bad-json', 'the request body is not valid JSON');
  if (err instanceof MarsadError) return sendError(reply, 400, err.code, err.message);
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
    return sendError(reply, err.statusCode, 'bad-request', err.message);
  request.log.error(err);
  return sendError(reply, 500, 'internal', 'internal error');
}
