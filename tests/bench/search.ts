/** `npm run bench`: search figures. (Being built.) */
console.log("search benchmark: not written yet");
