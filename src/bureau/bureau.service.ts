import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { loadCatalogueFile } from '../catalog/catalogue-file';
import { InputValidationException } from '../common/validation';
import { Bureau } from './bureau.entity';
import { BureauView, UpdateBureauDto } from './dto/bureau.dto';

export const BUREAU_ID = 1;
const DEFAULT_NAME = '县教育科技局';

/** The bureau's name and its local settings, whose defaults come from the catalogue. */
@Injectable()
export class BureauService {
  constructor(@InjectRepository(Bureau) private readonly bureaus: Repository<Bureau>) {}

  async get(): Promise<Bureau> {
    return (await this.bureaus.findOneBy({ id: BUREAU_ID })) ?? this.bureaus.create({ id: BUREAU_ID, name: DEFAULT_NAME, settings: {} });
  }

  /** Effective settings: the bureau's own values over the catalogue's defaults. */
  async settings(): Promise<Record<string, number>> {
    const bureau = await this.get();
    const defaults = Object.fromEntries(loadCatalogueFile().settings.map((s) => [s.key, s.value]));
    return { ...defaults, ...bureau.settings };
  }

  async view(): Promise<BureauView> {
    const bureau = await this.get();
    return {
      name: bureau.name,
      settings: loadCatalogueFile().settings.map((s) => ({
        key: s.key,
        label: s.label,
        unit: s.unit,
        defaultValue: s.value,
        value: bureau.settings[s.key] ?? s.value,
      })),
    };
  }

  async update(dto: UpdateBureauDto): Promise<BureauView> {
    const bureau = await this.get();
    const known = new Set(loadCatalogueFile().settings.map((s) => s.key));
    const errors = Object.entries(dto.settings ?? {}).flatMap(([key, value]) =>
      !known.has(key)
        ? [{ field: `settings.${key}`, message: '不是已知的参数' }]
        : !Number.isInteger(value) || value < 0 || value > 10_000
          ? [{ field: `settings.${key}`, message: '必须是 0–10000 的整数' }]
          : [],
    );
    if (errors.length) throw new InputValidationException(errors);
    await this.bureaus.save({ ...bureau, name: dto.name ?? bureau.name, settings: { ...bureau.settings, ...dto.settings } });
    return this.view();
  }
}
