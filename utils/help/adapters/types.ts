/** One HTTP request to a staff channel, ready for `fetch(url, init)`. Pure data: easy to assert on. */
export interface Delivery {
  url: string;
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
  };
}
