import type { NextRequest } from 'next/server';
import { refuseInvalidCallbackUrl } from '@/lib/server/auth-endpoint';
import { handlers } from '@/lib/server/auth';

// Auth.js's own endpoints: the password limit lives in authorize(); a hostile callbackUrl gets a 400 here.
export function GET(request: NextRequest) {
  return refuseInvalidCallbackUrl(request) ?? handlers.GET(request);
}

export function POST(request: NextRequest) {
  return refuseInvalidCallbackUrl(request) ?? handlers.POST(request);
}
