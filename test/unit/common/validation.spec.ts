import type { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
  validate,
} from 'class-validator';
import { createValidationPipe, InputValidationException, toFieldErrors } from '../../../src/common/validation';

class Address {
  @IsString()
  @MaxLength(10)
  city: string;

  @IsInt()
  @Min(1)
  floor: number;
}

class Contact {
  @IsString()
  @MinLength(2)
  @MaxLength(20)
  name: string;

  @IsIn(['office', 'school'])
  kind: string;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @Matches(/^[a-z]+$/, { message: '只能包含小写字母' })
  code?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => Address)
  address?: Address;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Address)
  addresses?: Address[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsInt({ each: true })
  ids?: number[];
}

const body: ArgumentMetadata = { type: 'body', metatype: Contact, data: '' };

async function fieldErrors(value: unknown) {
  try {
    await createValidationPipe().transform(value, body);
  } catch (err) {
    expect(err).toBeInstanceOf(InputValidationException);
    return (err as InputValidationException).fields;
  }
  throw new Error('accepted');
}

describe('validation messages', () => {
  it('accepts a valid body and returns a class instance without unsent fields', async () => {
    const out = (await createValidationPipe().transform({ name: '张三', kind: 'office' }, body)) as Contact;
    expect(out).toBeInstanceOf(Contact);
    expect(out).toEqual(Object.assign(new Contact(), { name: '张三', kind: 'office' }));
    expect(Object.keys(out).sort()).toEqual(['kind', 'name']);
    expect({ ...{ active: true }, ...out }.active).toBe(true);
  });

  it.each([
    ['a wrong type (one message: the type)', { name: 123, kind: 'office' }, [{ field: 'name', message: '必须是文本' }]],
    ['a too short text', { name: '张', kind: 'office' }, [{ field: 'name', message: '长度不能少于 2 个字符' }]],
    ['a too long text', { name: 'x'.repeat(21), kind: 'office' }, [{ field: 'name', message: '长度不能超过 20 个字符' }]],
    ['a value outside the list', { name: '张三', kind: 'factory' }, [{ field: 'kind', message: '取值必须是以下之一：office, school' }]],
    ['a non-boolean', { name: '张三', kind: 'office', active: 'yes' }, [{ field: 'active', message: '必须是 true 或 false' }]],
    ['a missing field', { kind: 'office' }, [{ field: 'name', message: '必须填写' }]],
    ['an unknown field', { name: '张三', kind: 'office', colour: 'red' }, [{ field: 'colour', message: '不允许的字段' }]],
    ['a rule with its own Chinese message', { name: '张三', kind: 'office', code: 'ABC' }, [{ field: 'code', message: '只能包含小写字母' }]],
    ['a non-array', { name: '张三', kind: 'office', ids: 'A' }, [{ field: 'ids', message: '必须是数组' }]],
    ['a duplicate item', { name: '张三', kind: 'office', ids: [1, 1] }, [{ field: 'ids', message: '不能有重复项' }]],
    ['a non-integer item', { name: '张三', kind: 'office', ids: [1.5] }, [{ field: 'ids', message: '必须是整数' }]],
  ])('explains %s in Chinese', async (_label, value, expected) => {
    expect(await fieldErrors(value)).toEqual(expected);
  });

  it('names nested fields with their path', async () => {
    const errors = await fieldErrors({
      name: '张三',
      kind: 'office',
      address: { city: 5, floor: 0 },
      addresses: [
        { city: '北京', floor: 1 },
        { city: 'x'.repeat(11), floor: 2, extra: 1 },
      ],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'address.city', message: '必须是文本' },
        { field: 'address.floor', message: '不能小于 1' },
        { field: 'addresses.1.city', message: '长度不能超过 10 个字符' },
        { field: 'addresses.1.extra', message: '不允许的字段' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('puts every field into one Chinese message', async () => {
    try {
      await createValidationPipe().transform({ name: 1, kind: 'x' }, body);
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(InputValidationException);
      expect((err as Error).message).toBe('输入有误：name 必须是文本；kind 取值必须是以下之一：office, school');
      expect((err as InputValidationException).getStatus()).toBe(400);
    }
  });

  it('translates class-validator errors directly, and falls back to a Chinese sentence for rules without a translation', async () => {
    class Floor {
      @Min(1)
      n: number;
    }
    const errors = await validate(Object.assign(new Floor(), { n: 0 }));
    expect(toFieldErrors(errors)).toEqual([{ field: 'n', message: '不能小于 1' }]);
    const custom = toFieldErrors([{ property: 'x', value: 1, constraints: { isUUID: 'x must be a UUID' }, children: [] }]);
    expect(custom).toEqual([{ field: 'x', message: '不符合要求（isUUID）' }]);
  });

  describe('path and query numbers', () => {
    const param: ArgumentMetadata = { type: 'param', metatype: Number, data: 'id' };
    it.each([
      ['12', 12],
      ['-3', -3],
      ['0x10', '0x10'],
      ['1e3', '1e3'],
      [' ', ' '],
      ['abc', 'abc'],
    ])('converts only decimal text: %p → %p', async (raw, expected) => {
      expect(await createValidationPipe().transform(raw, param)).toBe(expected);
    });
  });
});
