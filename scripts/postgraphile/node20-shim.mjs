// PostGraphile 5.1 (grafast 1.1, @dataplan/pg 1.1) calls Promise.withResolvers, which Node 20 lacks (V8 12.4 / Node 22 added it).
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}
