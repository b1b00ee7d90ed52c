/** `npm run bench`: notes figures. (Being built.) */
console.log("notes benchmark: not written yet");
