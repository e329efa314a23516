/**
 * The manifest `key` (base64 DER of the RSA public key) and the Chrome extension ID it gives.
 * The private key is never committed; see README "Extension ID".
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtlX/4SaeUL0CifZWl5oFgEefe4ClxHwFx25kLuuaU7ReNh+4SFoMJzsRZUI3i/tB/NEntV4JfV8+gAXhjA3d3pkon9qqWn4Lcu6QbNG1Wn5ypVNtfSSwQXVGIlQuTstVFHKVNHVo/651Y962tDizJoirvm5EZbYfmLCywoYNqO2qEsJb1h8+Z2e2EhJYXhPmzm3UbukS54f6NL3hwgo9k7QIiqJeHe+uVVoI7QZxdsBd3PwGQIZRuQdJiEws8MiFD0pUYKPLRnYaBwoYqaOen7pbwe9PKDI1vwxJ0bjgMjCOvVGKcmMaAOHPRt9tp406LGdZ9h/q6Wd/t6cA02o2DQIDAQAB';

export const CHROME_EXTENSION_ID = 'ciibpbokbplhhpegpcgnmkjmcdibadlh';

export const FIREFOX_EXTENSION_ID = 'vejviser@vejviser.dk';
