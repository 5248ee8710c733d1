console.log("catalog");
