// Members: small enhancements over forms that work without JavaScript.
// Each feature keeps to its own section and does nothing on pages without
// its elements.
"use strict";

// --- library ---

// --- learning ---

// --- rsvp ---

// --- sharing ---
