import { Request, Response, NextFunction } from "express";

const responses = new Map<string, { status: number; body: unknown }>();

export function idempotent(handler: (req: Request) => Promise<{ status: number; body: unknown }>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = req.header("Idempotency-Key");
    if (!key) {
      return next();
    }
    const seen = responses.get(key);
    if (seen) {
      return res.status(seen.status).json(seen.body);
    }
    try {
      const result = await handler(req);
      responses.set(key, result);
      res.status(result.status).json(result.body);
    } catch (err) {
      next(err);
    }
  };
}
