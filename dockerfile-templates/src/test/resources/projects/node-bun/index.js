console.log("edge");
