const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Time left as a countdown reads: 6天03小时05分09秒, or 03小时05分09秒 on the last day. Shared by
 * the server's first render and the script that ticks it, so that both read the same.
 */
export function formatRemaining(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor(totalSeconds / 3600) % 24;
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const seconds = totalSeconds % 60;
  const clock = `${pad(hours)}小时${pad(minutes)}分${pad(seconds)}秒`;

  return days > 0 ? `${days}天${clock}` : clock;
}
