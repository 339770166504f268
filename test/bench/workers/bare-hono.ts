/**
 * @module
 * The reference for the product's figures: Hono with one route answering "ok", nothing else.
 */
import { Hono } from "hono";

export default new Hono().get("*", (c) => c.text("ok"));
