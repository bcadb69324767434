/**
 * How numbers and dates read on the site. Times are shown in China Standard Time whatever the
 * server's own time zone, since visitors are in China.
 */
const TIME_ZONE = 'Asia/Shanghai';

const yuan = new Intl.NumberFormat('zh-CN', {
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** ¥15,800 or, for a price left open, 面议. */
export const formatYuan = (amount: number | null): string =>
  amount === null ? '面议' : yuan.format(amount);

/** ¥15,800/吨 */
export const formatUnitPrice = (amount: number | null, unit: string | null): string =>
  amount !== null && unit ? `${formatYuan(amount)}/${unit}` : formatYuan(amount);

const day = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

const minute = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const monthDay = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  month: 'long',
  day: 'numeric',
});

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** The calendar day in China at `date`, as YYYY-MM-DD: what a listing's `validUntil` means. */
export const dayInChina = (date: Date): string => isoDay.format(date);

/** 2026年12月3日 */
export const formatDay = (date: Date): string => day.format(date);

/** 12月3日 */
export const formatMonthDay = (date: Date): string => monthDay.format(date);

/** 12/3 18:00 */
export const formatMinute = (date: Date): string => minute.format(date);

/** 5.3折 */
export const formatDiscount = (tenths: number): string => `${tenths}折`;
