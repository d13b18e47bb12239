import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ErrorBodyView } from '../common/api-schema';
import { Public } from '../access/decorators';
import { HealthView, LivenessView } from './health.view';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** Readiness: 200 when the database and Redis answer, 503 naming what is down. */
  @Get()
  @Public()
  // Terminus documents 503 with its own body, but HttpErrorFilter answers with the common error body.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: '数据库和 Redis 状态（任一不可用时返回 503 并说明）' })
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: ErrorBodyView, description: 'message 说明哪个组件不可用' })
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.db.pingCheck('database', { timeout: 2_000 }), () => this.redis.check()]);
    } catch (err) {
      // The error filter keeps only `message`: name what is down there, in Chinese.
      if (!(err instanceof ServiceUnavailableException)) throw err;
      const down = Object.entries((err.getResponse() as Partial<HealthCheckResult>).error ?? {}).map(([key, info]) => {
        const message = typeof info?.message === 'string' ? info.message : '';
        return /[\u4e00-\u9fff]/.test(message) ? message : `${key} 不可用${message ? `：${message}` : ''}`;
      });
      throw new ServiceUnavailableException(`服务暂不可用：${down.join('；') || '正在停止'}`);
    }
  }

  /** Liveness: the process serves HTTP (container health checks use this, not readiness). */
  @Get('live')
  @Public()
  @ApiOperation({ summary: '进程存活检查' })
  @ApiOkResponse({ type: LivenessView })
  live(): LivenessView {
    return { status: 'ok' };
  }
}
