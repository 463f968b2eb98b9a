export const FAMILY = "👨‍👩‍👧";
export const HEART = "❤️";
export const RAINBOW = "🏳️‍🌈";
