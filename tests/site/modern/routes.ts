import type { Route } from '../server';
export const modernRoutes: Route = () => undefined;
