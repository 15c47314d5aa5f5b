// Dates and times on the dashboard in China time (UTC+8), whatever the browser's time
// zone: the county's records are dated in county time, and a viewer abroad or on a
// misconfigured machine must read the same hour as the township that recorded it.
"use strict";

const CHINA_TIME = "Asia/Shanghai";

// 2025/3/8 14:05:09, as a zh-CN reader writes it, in China time.
function chinaDateTime(value) {
  return new Date(value).toLocaleString("zh-CN", { timeZone: CHINA_TIME, hour12: false });
}

// 14:05:09 in China time.
function chinaTime(value) {
  return new Date(value).toLocaleTimeString("zh-CN", { timeZone: CHINA_TIME, hour12: false });
}
