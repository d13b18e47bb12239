import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';

const INDICATORS: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'object', properties: { status: { type: 'string', enum: ['up', 'down'] } }, required: ['status'], additionalProperties: true },
};

/** Readiness as @nestjs/terminus reports it: one entry per indicator (database, redis). */
export class HealthView {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status: 'ok' | 'error' | 'shutting_down';
  @ApiPropertyOptional({ ...INDICATORS, description: '正常的组件' }) info?: Record<string, { status: 'up' | 'down' }>;
  @ApiPropertyOptional({ ...INDICATORS, description: '不可用的组件' }) error?: Record<string, { status: 'up' | 'down' }>;
  @ApiProperty({ ...INDICATORS, description: '全部组件' }) details: Record<string, { status: 'up' | 'down' }>;
}

export class LivenessView {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}
