import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/queries';
import { useCardStatus } from './cardQueries';

/**
 * Live mode, signed in: asks every second whether the card session still stands. When the card
 * was pulled the service has already ended the session; this drops everything the renderer
 * holds and shows the sign-in screen.
 */
export function LiveSessionWatch() {
  const status = useCardStatus();
  const client = useQueryClient();
  const gone = status.data !== undefined && status.data.state !== 'signed-in';
  useEffect(() => {
    if (!gone) return;
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'appInfo' });
    void client.invalidateQueries({ queryKey: keys.appInfo });
  }, [gone, client]);
  return null;
}
